import { type FormEvent, useState } from 'react';
import type { TCandidateTexts } from '../../../src/core/interview/candidate-texts.js';
import { submitSelfIdentification } from '../api/candor-api';
import { describeError } from '../api/client';
import type { TInterviewRoom, TRaceEthnicity, TSex } from '../api/types';

const SEX_VALUES: readonly TSex[] = ['female', 'male', 'decline'];

const RACE_VALUES: readonly TRaceEthnicity[] = [
  'hispanic_or_latino',
  'white',
  'black_or_african_american',
  'native_hawaiian_or_pacific_islander',
  'asian',
  'american_indian_or_alaska_native',
  'two_or_more_races',
  'decline',
];

/**
 * The voluntary self-identification form, offered after the interview: sex and race/ethnicity in
 * the EEO-1 categories, "decline to answer" always a choice. Kept apart from the interview;
 * nobody who evaluates the candidate sees it.
 */
export function SelfIdentificationForm({
  token,
  onAnswered,
  texts,
}: {
  token: string;
  onAnswered: (room: TInterviewRoom) => void;
  /** The room's texts, in the interview's language. */
  texts: TCandidateTexts;
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
      <h2 id="self-id-heading">{texts.selfIdHeading}</h2>
      <p>{texts.selfIdBody}</p>
      <form onSubmit={submit}>
        <fieldset>
          <legend>{texts.sexLegend}</legend>
          {SEX_VALUES.map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="sex"
                value={value}
                checked={sex === value}
                onChange={() => setSex(value)}
              />
              <span>{texts.sexLabels[value]}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{texts.raceLegend}</legend>
          {RACE_VALUES.map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="race-ethnicity"
                value={value}
                checked={race === value}
                onChange={() => setRace(value)}
              />
              <span>{texts.raceLabels[value]}</span>
            </label>
          ))}
        </fieldset>
        {problem !== undefined ? (
          <p className="alert alert-error" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={isBusy || sex === undefined || race === undefined}>
          {isBusy ? texts.sending : texts.send}
        </button>
      </form>
    </section>
  );
}
