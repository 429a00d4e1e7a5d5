// Runs in: renderer. A type-ahead combobox (WAI-ARIA 1.2 "list autocomplete"): the officer types,
// the core is asked for matches, arrows move and Enter chooses. Enter never submits the form.
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';

export interface LookupComboboxProps<T> {
  label: string;
  /** The text in the input; the parent owns it so it can show the chosen item's name. */
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
  minChars?: number;
}

export function LookupCombobox<T>(props: LookupComboboxProps<T>) {
  const { label, text, onTextChange, optionKey, renderOption, enterChoosesFirst, onEnterText } =
    props;
  const { noHitsText, hint, error, required, placeholder, inputRef, minChars = 1 } = props;
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
    if (!open || query.length < minChars) {
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
  }, [open, query, minChars]);

  const close = () => {
    setOpen(false);
    setActive(-1);
    pendingEnter.current = false;
  };

  const choose = (option: T) => {
    close();
    props.onChoose(option);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((a) => Math.min(hits.length - 1, a + 1));
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
      const current = hitsFor === query ? hits : [];
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

  const showList = open && hits.length > 0 && hitsFor === query;
  const showNone =
    open && !!noHitsText && query.length >= minChars && hitsFor === query && hits.length === 0;
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;

  return (
    <div className={`field combobox${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
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
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        className="combobox-list"
        hidden={!showList}
      >
        {showList &&
          hits.map((option, i) => (
            <li
              key={optionKey(option)}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(option)}
            >
              {renderOption(option)}
            </li>
          ))}
      </ul>
      {showNone && <div className="combobox-none">{noHitsText}</div>}
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
