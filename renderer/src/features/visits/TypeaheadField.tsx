// Runs in: renderer. A type-ahead combobox (WAI-ARIA 1.2 "list autocomplete") for the visit form:
// the parent owns the text (so it can show a chosen company's name), Enter chooses and never submits
// the form, and Enter can choose the first match or hand over free text.
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';

export interface TypeaheadFieldProps<T> {
  label: string;
  text: string;
  onTextChange: (text: string) => void;
  search: (query: string) => Promise<T[]>;
  optionKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onChoose: (option: T) => void;
  /** Enter with no option highlighted chooses the first match (waiting for it if needed). */
  enterChoosesFirst?: boolean;
  /** Enter with no option highlighted hands over the typed text (free-text entries). */
  onEnterText?: (text: string) => void;
  noHitsText?: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  placeholder?: string;
  id?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function TypeaheadField<T>(props: TypeaheadFieldProps<T>) {
  const { label, text, onTextChange, optionKey, renderOption, enterChoosesFirst, onEnterText } =
    props;
  const { noHitsText, hint, error, required, placeholder, inputRef } = props;
  const auto = useId();
  const id = props.id ?? auto;
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [hits, setHits] = useState<T[]>([]);
  const [hitsFor, setHitsFor] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const pendingEnter = useRef(false);
  const searchRef = useRef(props.search);
  const chooseRef = useRef(props.onChoose);
  useEffect(() => {
    searchRef.current = props.search;
    chooseRef.current = props.onChoose;
  });

  const query = text.trim();
  useEffect(() => {
    if (!open || query === '') {
      setHits([]);
      setHitsFor(null);
      return undefined;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      searchRef.current(query).then(
        (result) => {
          if (!live) return;
          if (pendingEnter.current && result.length > 0) {
            pendingEnter.current = false;
            setOpen(false);
            chooseRef.current(result[0]!);
            return;
          }
          pendingEnter.current = false;
          setHits(result);
          setHitsFor(query);
          setActive(-1);
        },
        () => {
          if (!live) return;
          pendingEnter.current = false;
          setHits([]);
          setHitsFor(query);
        },
      );
    }, 60);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [open, query]);

  const close = () => {
    setOpen(false);
    setActive(-1);
    pendingEnter.current = false;
  };

  const choose = (option: T) => {
    close();
    props.onChoose(option);
  };

  const current = hitsFor === query ? hits : [];
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((a) => Math.min(current.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        close();
      }
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      if (open && active >= 0 && current[active]) choose(current[active]);
      else if (enterChoosesFirst && query) {
        if (current.length > 0) choose(current[0]!);
        else if (hitsFor !== query) {
          pendingEnter.current = true;
          setOpen(true);
        }
      } else if (onEnterText && query) {
        close();
        onEnterText(query);
      }
    } else if (e.key === 'Tab') close();
  };

  const showList = open && current.length > 0;
  const showNone = open && !!noHitsText && query !== '' && hitsFor === query && hits.length === 0;
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;

  return (
    <div className={`field typeahead${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} id={`${id}-label`}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          onTextChange(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {showList && (
        <ul id={listId} role="listbox" aria-labelledby={`${id}-label`} className="typeahead-list">
          {current.map((option, i) => (
            <li
              key={optionKey(option)}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown would blur the input and close the list before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(option)}
            >
              {renderOption(option)}
            </li>
          ))}
        </ul>
      )}
      {showNone && (
        <div className="typeahead-none" role="status">
          {noHitsText}
        </div>
      )}
      {hint && !error && (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div className="field-error" id={`${id}-error`} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
