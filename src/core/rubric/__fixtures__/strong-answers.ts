/**
 * Answers of a strong candidate for the example payments job (examples/job.md), with the
 * requirement ids each question tests: R1–R3 responsibilities, R4–R8 requirements, R9–R10 nice to have.
 */
export const STRONG_TURNS = [
  {
    requirementIds: ['R1', 'R5'],
    question: 'Tell me about a payment service you designed and operate today. What decisions did you make in its design?',
    answer:
      'At Fernhill I own the card authorisation service. I rebuilt it in Go in 2022: I split the synchronous call to the card network from everything else, which now goes through a queue, and I made every request idempotent with a key the merchant sends, so retries never charge twice. p99 latency went from 480 ms to 120 ms.',
  },
  {
    requirementIds: ['R2'],
    question: 'How do you keep a payment API fast and reliable? Give a specific example with numbers.',
    answer:
      'For the authorisation API I set an objective of p99 under 200 ms and 99.95% success, with an error budget we review weekly. When we burned half the budget in one week I traced it with Prometheus to retries against one acquirer, added a circuit breaker, and errors dropped from 0.4% to 0.05% of requests.',
  },
  {
    requirementIds: ['R3', 'R8'],
    question: 'Tell me about an incident you led. What happened, what did you do, and what changed afterwards?',
    answer:
      'A certificate expired on the connection to one card network and 12% of authorisations failed for 40 minutes. I was incident commander: I moved traffic to the backup acquirer, kept merchants informed on the status page, and I wrote the review. We added an alert 30 days before any certificate expires, and it has caught two since.',
  },
  {
    requirementIds: ['R4'],
    question: 'Walk me through your experience building backend services that run in production.',
    answer:
      'I have built backend services for 7 years: 3 years at Brightwave, where I built the invoice and subscription services in Java handling 2 million invoices a month, and 4 years at Fernhill, where I rebuilt the authorisation service in Go and run it on Kubernetes with 6 replicas per region.',
  },
  {
    requirementIds: ['R6'],
    question: 'Describe a slow PostgreSQL query you tuned. How did you find the problem and what did you change?',
    answer:
      'The nightly reconciliation joined the ledger with the settlement files and took 3 hours. I ran EXPLAIN ANALYZE in PostgreSQL and saw a sequential scan on a 400 million row table. I added a partial index on unsettled entries and partitioned the ledger by month, and the job went down to 25 minutes.',
  },
  {
    requirementIds: ['R7'],
    question: 'Can you describe a specific time you built or changed something with Kafka yourself?',
    answer:
      'At Brightwave I moved the billing events onto Kafka. I wrote the producer in the Java billing service and a consumer that updates the customer balance, keyed by customer id so events stay in order. Balances were current within 5 seconds instead of the next morning, and we removed a batch job that took 2 hours.',
  },
  {
    requirementIds: ['R8'],
    question: 'Tell me about a design document you wrote. Who read it, and what did it change?',
    answer:
      'I wrote the design document for the settlement ledger: 12 pages, with the options we rejected and why. I reviewed it with 6 engineers and the finance team, and it cut the build from an estimated 5 months to 3 because we agreed the schema before writing code.',
  },
] as const;

/** The same substance as STRONG_TURNS, written as a fluent non-native speaker might: tense, articles and spelling differ. */
export const NON_NATIVE_TURNS = [
  'in Fernhill i am owner of card authorisation service. i rebuild it in Go on 2022: i split the synchronous call to card network from everything other, which go now through a queue, and i make every request idempotent with key the merchant is sending, so retry never charge two times. p99 latency go from 480 ms to 120 ms.',
  'for the authorisation API i set objective of p99 under 200 ms and 99.95% success, with error budget we are reviewing every week. when we burn half of budget in one week i trace it with Prometheus to retries against one acquirer, i add circuit breaker, and errors drop from 0.4% to 0.05% of requests.',
  'one certificate was expire on connection to one card network and 12% of authorisations fail for 40 minutes. i was incident commander: i move traffic to backup acquirer, i keep merchants informed on status page, and i write the review. we add alert 30 days before any certificate expire, and it catch two since.',
  'i build backend services since 7 years: 3 years in Brightwave, where i build invoice and subscription services in Java handling 2 million invoices per month, and 4 years in Fernhill, where i rebuild authorisation service in Go and run it on Kubernetes with 6 replicas per region.',
  'the nightly reconciliation was joining ledger with settlement files and it take 3 hours. i run EXPLAIN ANALYZE in PostgreSQL and see sequential scan on 400 million rows table. i add partial index on unsettled entries and partition the ledger per month, and job go down to 25 minutes.',
  'in Brightwave i move billing events to Kafka. i write the producer in Java billing service and one consumer which update customer balance, keyed by customer id so events stay in order. balances was current inside 5 seconds instead of next morning, and we remove batch job which take 2 hours.',
  'i write design document for settlement ledger: 12 pages, with options we reject and why. i review it with 6 engineers and finance team, and it cut the build from estimated 5 months to 3 because we agree the schema before to write code.',
] as const;
