import { useState } from 'react';
import { adverseImpactCsvUrl, fetchAdverseImpact } from '../api/candor-api';
import type { TAdverseImpactReport } from '../api/types';
import { Badge, ErrorMessage, Loading, PageHeading } from '../components/ui';
import { useDocumentTitle, useResource } from '../components/use-resource';

type TTable = TAdverseImpactReport['tables'][number];

const MEASURES: Record<TTable['measure'], { title: string; selected: string }> = {
  ai: {
    title: "The AI's recommendation",
    selected:
      'Selected: Strongly Recommend or Recommend. Not selected: with Reservations or Do Not Recommend.',
  },
  human: {
    title: "People's decisions",
    selected:
      'Selected: the latest decision is advance. Not selected: hold or reject. Candidates without a decision are left out.',
  },
};

const DIMENSIONS: Record<TTable['dimension'], string> = {
  sex: 'By sex',
  race_ethnicity: 'By race/ethnicity',
  intersectional: 'By sex and race/ethnicity',
};

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)} %`);
const ratio = (value: number | null) => (value === null ? '—' : value.toFixed(3));

/**
 * Adverse impact (owners and admins): selection rates by the groups candidates gave on the
 * voluntary self-identification form, for the AI's recommendation and for people's decisions,
 * with impact ratios against the highest-rate group, the four-fifths threshold marked, small
 * groups suppressed, and the CSV an auditor asks for.
 */
export function ImpactPage() {
  useDocumentTitle('Adverse impact');
  const [jobId, setJobId] = useState<string | undefined>(undefined);
  const [minGroupSize, setMinGroupSize] = useState(5);
  const impact = useResource(
    () => fetchAdverseImpact(jobId, minGroupSize),
    `${jobId ?? 'all'}:${minGroupSize}`,
  );
  const data = impact.data;

  return (
    <>
      <div className="page-head">
        <PageHeading>Adverse impact</PageHeading>
        <a className="button" href={adverseImpactCsvUrl(jobId, minGroupSize)} download>
          Download CSV
        </a>
      </div>
      <p className="lead">
        Selection rates by the sex and race/ethnicity candidates gave on the voluntary self-identification
        form after their interview (EEO-1 categories). A group's impact ratio is its selection rate divided by
        the highest group's rate; under 0.80 (the four-fifths rule) is marked for review. Groups with fewer
        than {minGroupSize} candidates are counted but not rated. Nobody who evaluates a candidate sees their
        answers.
      </p>
      <form className="impact-filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          Job{' '}
          <select
            value={jobId ?? ''}
            onChange={(event) =>
              setJobId(event.currentTarget.value === '' ? undefined : event.currentTarget.value)
            }
          >
            <option value="">All jobs</option>
            {(data?.jobs ?? []).map((job) => (
              <option key={job.id} value={job.id}>
                {job.title}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Minimum group size{' '}
          <input
            type="number"
            min={1}
            max={1000}
            value={minGroupSize}
            onChange={(event) => {
              const value = Number(event.currentTarget.value);
              if (Number.isInteger(value) && value >= 1 && value <= 1000) setMinGroupSize(value);
            }}
          />
        </label>
      </form>
      {impact.isLoading && data === undefined ? <Loading label="Loading the impact tables…" /> : null}
      <ErrorMessage error={impact.error} />
      {data !== undefined ? (
        <>
          <p role="status">
            {data.respondents === 1
              ? '1 candidate answered the form'
              : `${data.respondents} candidates answered the form`}
            {data.job === null ? ' across all jobs.' : ` for ${data.job.title}.`}
          </p>
          {(['ai', 'human'] as const).map((measure) => (
            <section key={measure} className="panel" aria-labelledby={`impact-${measure}`}>
              <h2 id={`impact-${measure}`}>{MEASURES[measure].title}</h2>
              <p className="hint">{MEASURES[measure].selected}</p>
              {data.tables
                .filter((table) => table.measure === measure)
                .map((table) => (
                  <ImpactTable key={table.dimension} table={table} minGroupSize={data.minGroupSize} />
                ))}
            </section>
          ))}
        </>
      ) : null}
    </>
  );
}

function ImpactTable({ table, minGroupSize }: { table: TTable; minGroupSize: number }) {
  // Intersections with nobody in them are left out of the page (the CSV lists every category).
  const groups =
    table.dimension === 'intersectional' ? table.groups.filter((group) => group.total > 0) : table.groups;
  return (
    <div className="table-wrap">
      <table className="data-table impact-table">
        <caption>{DIMENSIONS[table.dimension]}</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Candidates</th>
            <th scope="col">Selected</th>
            <th scope="col">Selection rate</th>
            <th scope="col">Impact ratio</th>
            <th scope="col">Four-fifths rule</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.category}>
              <th scope="row">{group.label}</th>
              <td>{group.total}</td>
              <td>{group.suppressed ? '—' : group.selected}</td>
              <td>{percent(group.selectionRate)}</td>
              <td>{ratio(group.impactRatio)}</td>
              <td>
                {group.suppressed ? (
                  <span className="hint">Under {minGroupSize}: not rated</span>
                ) : group.isReference ? (
                  <Badge tone="neutral">Highest rate</Badge>
                ) : group.belowFourFifths ? (
                  <Badge tone="bad">Below 0.80</Badge>
                ) : group.impactRatio === null ? (
                  <span className="hint">No one selected</span>
                ) : (
                  <Badge tone="good">At or above 0.80</Badge>
                )}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">Declined to answer</th>
            <td>{table.declined}</td>
            <td colSpan={4} className="hint">
              Counted, not rated
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
