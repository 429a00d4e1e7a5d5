// Runs in: renderer. Topic checkboxes with one Tab stop (arrows move between them, Space ticks),
// so a visit's topics do not cost fifteen Tab presses; plus a field to add a new topic with Enter.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { topicIdFor, type TopicOption } from './useTopics';

interface Props {
  options: TopicOption[];
  labelOf: (id: string) => string;
  value: string[];
  onChange: (topics: string[]) => void;
}

export function TopicsField({ options, labelOf, value, onChange }: Props) {
  const { t } = useTranslation('visits');
  const groupId = useId();
  const [focusIndex, setFocusIndex] = useState(0);
  const [newTopic, setNewTopic] = useState('');
  const boxes = useRef<(HTMLInputElement | null)[]>([]);

  // The officer's own topics on this visit that are not in the list yet stay visible and ticked.
  const all: TopicOption[] = [
    ...options,
    ...value
      .filter((id) => !options.some((o) => o.id === id))
      .map((id) => ({ id, label: labelOf(id) })),
  ];
  const tabStop = Math.min(focusIndex, all.length - 1);

  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);

  const move = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = boxes.current.findIndex((b) => b === document.activeElement);
    if (current < 0) return;
    let next = current;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = (current + 1) % all.length;
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft')
      next = (current - 1 + all.length) % all.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = all.length - 1;
    else return;
    e.preventDefault();
    setFocusIndex(next);
    boxes.current[next]?.focus();
  };

  const add = () => {
    const text = newTopic.trim();
    if (!text) return;
    const id = topicIdFor(text, all);
    if (!value.includes(id)) onChange([...value, id]);
    setNewTopic('');
  };

  return (
    <fieldset className="wide topics-field" aria-describedby={`${groupId}-hint`}>
      <legend>{t('form.topics')}</legend>
      <div className="field-hint" id={`${groupId}-hint`}>
        {t('form.topicsHint')}
      </div>
      <div className="topic-grid" onKeyDown={move}>
        {all.map((option, i) => (
          <label key={option.id} className="topic-option">
            <input
              ref={(el) => {
                boxes.current[i] = el;
              }}
              type="checkbox"
              tabIndex={i === tabStop ? 0 : -1}
              checked={value.includes(option.id)}
              onChange={() => toggle(option.id)}
              onFocus={() => setFocusIndex(i)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <div className="field topic-add">
        <label htmlFor={`${groupId}-new`}>{t('form.newTopic')}</label>
        <input
          id={`${groupId}-new`}
          type="text"
          value={newTopic}
          aria-describedby={`${groupId}-new-hint`}
          onChange={(e) => setNewTopic(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
              e.preventDefault();
              add();
            }
          }}
        />
        <div className="field-hint" id={`${groupId}-new-hint`}>
          {t('form.newTopicHint')}
        </div>
      </div>
    </fieldset>
  );
}
