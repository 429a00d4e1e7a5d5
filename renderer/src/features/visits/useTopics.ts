// Runs in: renderer. Visit topics: the built-in list (labelled in the UI language) plus the ones the
// officer has typed, and a way to turn a stored topic id into its label.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { visitTopics } from '../../../../shared/domain/visitTopics';
import { label } from '../../i18n';
import { useQuery } from '../../ui/useQuery';

export interface TopicOption {
  id: string;
  label: string;
}

const builtIn = new Map<string, { sv: string; en: string }>(visitTopics.map((t) => [t.id, t]));

export function useTopics(): { options: TopicOption[]; labelOf: (id: string) => string } {
  const { i18n } = useTranslation();
  const topics = useQuery('visits:topics', {});
  const server = topics.data;
  const language = i18n.language;

  const labelOf = useCallback(
    (id: string) => {
      void language; // re-label when the UI language changes
      const known = builtIn.get(id);
      if (known) return label(known);
      return server?.find((t) => t.id === id)?.label ?? id;
    },
    [server, language],
  );

  const options = useMemo<TopicOption[]>(() => {
    const ids = server ? server.map((t) => t.id) : visitTopics.map((t) => t.id);
    return ids.map((id) => ({ id, label: labelOf(id) }));
  }, [server, labelOf]);

  return { options, labelOf };
}

/** The id to store for a typed topic: a known topic when the text matches its label. */
export function topicIdFor(text: string, options: TopicOption[]): string {
  const wanted = text.trim().toLocaleLowerCase('sv');
  const builtInMatch = visitTopics.find(
    (t) => t.sv.toLocaleLowerCase('sv') === wanted || t.en.toLocaleLowerCase('sv') === wanted,
  );
  if (builtInMatch) return builtInMatch.id;
  const known = options.find(
    (o) => o.label.toLocaleLowerCase('sv') === wanted || o.id.toLocaleLowerCase('sv') === wanted,
  );
  return known ? known.id : text.trim();
}
