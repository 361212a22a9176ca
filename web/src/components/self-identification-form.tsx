import { type FormEvent, useState } from 'react';
import { submitSelfIdentification } from '../api/candor-api';
import { describeError } from '../api/client';
import type { TInterviewRoom, TRaceEthnicity, TSex } from '../api/types';

const SEX_OPTIONS: { value: TSex; label: string }[] = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'decline', label: 'I decline to answer' },
];

const RACE_OPTIONS: { value: TRaceEthnicity; label: string }[] = [
  { value: 'hispanic_or_latino', label: 'Hispanic or Latino' },
  { value: 'white', label: 'White (not Hispanic or Latino)' },
  { value: 'black_or_african_american', label: 'Black or African American (not Hispanic or Latino)' },
  {
    value: 'native_hawaiian_or_pacific_islander',
    label: 'Native Hawaiian or Other Pacific Islander (not Hispanic or Latino)',
  },
  { value: 'asian', label: 'Asian (not Hispanic or Latino)' },
  {
    value: 'american_indian_or_alaska_native',
    label: 'American Indian or Alaska Native (not Hispanic or Latino)',
  },
  { value: 'two_or_more_races', label: 'Two or More Races (not Hispanic or Latino)' },
  { value: 'decline', label: 'I decline to answer' },
];

/**
 * The voluntary self-identification form, offered after the interview: sex and race/ethnicity in
 * the EEO-1 categories, "decline to answer" always a choice. Kept apart from the interview;
 * nobody who evaluates the candidate sees it.
 */
export function SelfIdentificationForm({
  token,
  onAnswered,
}: {
  token: string;
  onAnswered: (room: TInterviewRoom) => void;
}) {
  const [sex, setSex] = useState<TSex | undefined>(undefined);
  const [race, setRace] = useState<TRaceEthnicity | undefined>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sex === undefined || race === undefined) return;
    setIsBusy(true);
    setProblem(undefined);
    try {
      onAnswered(await submitSelfIdentification(token, { sex, raceEthnicity: race }));
    } catch (error) {
      setProblem(describeError(error));
      setIsBusy(false);
    }
  };

  return (
    <section className="room-card self-identification" aria-labelledby="self-id-heading">
      <h2 id="self-id-heading">Voluntary self-identification</h2>
      <p>
        To check that its hiring process treats every group fairly, the employer measures selection rates by
        sex and by race/ethnicity. Answering is voluntary, and declining never affects you. Your answers are
        stored apart from your interview: the people and the AI who evaluate your interview never see them;
        they are only counted in group totals.
      </p>
      <form onSubmit={submit}>
        <fieldset>
          <legend>Sex</legend>
          {SEX_OPTIONS.map((option) => (
            <label key={option.value} className="radio">
              <input
                type="radio"
                name="sex"
                value={option.value}
                checked={sex === option.value}
                onChange={() => setSex(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Race/ethnicity</legend>
          {RACE_OPTIONS.map((option) => (
            <label key={option.value} className="radio">
              <input
                type="radio"
                name="race-ethnicity"
                value={option.value}
                checked={race === option.value}
                onChange={() => setRace(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
        {problem !== undefined ? (
          <p className="alert alert-error" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={isBusy || sex === undefined || race === undefined}>
          {isBusy ? 'Sending…' : 'Send'}
        </button>
      </form>
    </section>
  );
}
