/**
 * A strong candidate's answers for examples/job.md (the payments role), in the words of
 * examples/transcript.json, picked by what the question asks about: the offline planner words
 * its questions from the job's requirements, so the test cannot know them in advance.
 */
const PAYMENT_SERVICE =
  'At Fernhill I own the card authorisation service. I rebuilt it in Go in 2022 because the old Java service was hard to scale. I split the synchronous path (the call to the card network) from everything else, which now goes through a queue, and I made every request idempotent with a key the merchant sends, so retries never charge twice.\nWe own its latency and error-rate objectives: p99 latency went from 480 ms to 120 ms, and timeouts to the card network dropped from about 0.8% to 0.1% of requests.';

const IMPACT =
  'p99 latency went from 480 ms to 120 ms, and timeouts to the card network dropped from about 0.8% to 0.1% of requests. We also cut the servers from 20 to 12, which saved around 30% of the cost.';

const POSTGRES =
  'The nightly reconciliation joined the ledger with the settlement files and took 3 hours. I ran EXPLAIN ANALYZE and saw a sequential scan on a 400 million row table. I added a partial index on unsettled entries and partitioned the ledger by month. After that the job took 25 minutes.';

const INCIDENT =
  'In March a certificate expired on the connection to one card network and 12% of authorisations failed for 40 minutes. I was incident commander: I moved traffic to the backup acquirer, kept the merchants informed through the status page, and after that I wrote the review. We added an alert 30 days before any certificate expires.';

const KAFKA =
  'At Brightwave I moved the billing events onto Kafka. Before, a nightly batch job read the whole invoices table. I wrote the producer in the Java billing service and a consumer that updates the customer balance, with the invoice id as the key so the events for one customer stay in order. Balances were up to date within 2 seconds instead of the next morning.';

const WRITING =
  'I wrote the design document for the authorisation rebuild and 14 incident reviews at Fernhill. Each review states the timeline, the impact in numbers, the cause and the actions with owners; I also wrote the on-call runbooks the team uses today.';

const PLATFORM =
  'We run the authorisation service on Kubernetes with 6 replicas per region, and I wrote the Terraform modules for its databases and queues. We are in PCI DSS scope: card numbers are tokenised at the edge so they never reach our database.';

const CLOSING =
  'Yes: how is on-call shared across the platform team, and how many incidents a month do you usually have?';

const RULES: readonly { pattern: RegExp; answers: readonly string[] }[] = [
  { pattern: /questions? for us|anything you would like to ask/i, answers: [CLOSING] },
  { pattern: /measurable|quantif|what was the impact|numbers/i, answers: [IMPACT] },
  { pattern: /kafka|event-driven|events/i, answers: [KAFKA] },
  { pattern: /incident/i, answers: [INCIDENT, POSTGRES] },
  { pattern: /postgres|quer(y|ies)|schema/i, answers: [POSTGRES] },
  { pattern: /written communication|design documents?|writ/i, answers: [WRITING] },
  { pattern: /kubernetes|terraform|pci|card networks?/i, answers: [PLATFORM] },
  { pattern: /payment|authoris|settle|latency|reliab/i, answers: [PAYMENT_SERVICE] },
  { pattern: /years|demanding/i, answers: [PAYMENT_SERVICE, KAFKA] },
  { pattern: /go or java|go\b|java/i, answers: [PAYMENT_SERVICE] },
];

/** The answer to `question`: every rule that matches adds its answers (once), as separate paragraphs. */
export function chooseStrongAnswer(question: string): string {
  const chosen: string[] = [];
  for (const rule of RULES) {
    if (!rule.pattern.test(question)) continue;
    if (rule.answers.includes(CLOSING)) return CLOSING;
    for (const answer of rule.answers) if (!chosen.includes(answer)) chosen.push(answer);
  }
  return (chosen.length > 0 ? chosen.slice(0, 2) : [PAYMENT_SERVICE]).join('\n\n');
}

/** A weak candidate: vague, and once a non-answer. */
export function chooseWeakAnswer(question: string, index: number): string {
  if (/questions? for us/i.test(question)) return 'No, thank you.';
  if (index === 0) return "I don't know, I haven't really done that.";
  return 'We used the usual tools for that, it is quite standard. It depends on the team really.';
}
