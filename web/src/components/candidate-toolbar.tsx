import { useId } from 'react';
import { CANDIDATE_FILTERS, type TCandidateFilter } from '../lib/candidate-filter';
import { plural } from '../lib/report-words';

/** Find by name or file, show a kind of candidate, and say how many are shown: above the candidate list and the comparison. */
export function CandidateToolbar({
  text,
  onTextChange,
  filter,
  onFilterChange,
  shown,
  total,
}: {
  text: string;
  onTextChange: (text: string) => void;
  filter: TCandidateFilter;
  onFilterChange: (filter: TCandidateFilter) => void;
  shown: number;
  total: number;
}) {
  const filterId = useId();
  return (
    <div className="list-toolbar">
      <div className="toolbar-field">
        <label htmlFor={`${filterId}-text`}>Find</label>
        <input
          id={`${filterId}-text`}
          type="search"
          value={text}
          placeholder="Name or file"
          onChange={(event) => onTextChange(event.currentTarget.value)}
        />
      </div>
      <div className="toolbar-field">
        <label htmlFor={`${filterId}-show`}>Show</label>
        <select
          id={`${filterId}-show`}
          value={filter}
          onChange={(event) => onFilterChange(event.currentTarget.value as TCandidateFilter)}
        >
          {Object.entries(CANDIDATE_FILTERS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <p className="hint" aria-live="polite">
        {shown === total ? plural(total, 'candidate') : `${shown} of ${plural(total, 'candidate')} shown`}
      </p>
    </div>
  );
}
