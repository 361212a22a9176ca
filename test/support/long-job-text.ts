/**
 * A job description in Markdown with `count` requirement bullets (three in four must-haves, the
 * rest nice-to-haves), varied the way long real postings are: tools, verbs and areas combined, so
 * requirements share some keywords and not others. Deterministic.
 */
export function longJobText(count: number): string {
  const tools = [
    'Python',
    'TypeScript',
    'Kubernetes',
    'PostgreSQL',
    'React',
    'Terraform',
    'AWS',
    'Go',
    'Rust',
    'Kafka',
    'Redis',
    'GraphQL',
    'Docker',
    'Spark',
    'Airflow',
    'PyTorch',
    'Java',
    'gRPC',
    'Elasticsearch',
    'Snowflake',
  ];
  const openings = [
    'Experience building',
    'Deep knowledge of',
    'Shipped production systems with',
    'Mentored engineers on',
    'Designed public APIs with',
    'Operated services on',
    'Proficiency in',
    'Hands-on experience with',
  ];
  const areas = [
    'payment processing',
    'search ranking',
    'data pipelines',
    'incident response',
    'access control',
    'billing',
    'observability',
    'schema migrations',
    'fraud detection',
    'onboarding flows',
    'reporting',
  ];
  const must: string[] = [];
  const nice: string[] = [];
  for (let index = 0; index < count; index++) {
    const opening = openings[index % openings.length];
    const tool = tools[(index * 7) % tools.length];
    const other = tools[(index * 3 + 5) % tools.length];
    const area = areas[(index * 5) % areas.length];
    const line = `- ${opening} ${tool} and ${other} for ${area} (team ${index + 1})`;
    (index % 4 === 3 ? nice : must).push(line);
  }
  return [
    '# Staff Platform Engineer',
    '',
    '## Requirements',
    '',
    ...must,
    '',
    '## Nice to have',
    '',
    ...nice,
    '',
  ].join('\n');
}
