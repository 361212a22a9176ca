/**
 * Named tools, technologies and techniques, found verbatim in text. A lexicon rather than a
 * model: deterministic, explainable, and easy to extend. Matching is case-insensitive on word
 * boundaries; the result keeps the text's own spelling.
 */
const TECHNOLOGIES = `python java javascript typescript go golang rust scala kotlin swift ruby php perl c++ c# .net
sql nosql bash shell powershell r matlab julia haskell elixir erlang clojure dart lua
pytorch tensorflow keras jax scikit-learn sklearn xgboost lightgbm catboost pandas numpy scipy spark pyspark hadoop
hugging face huggingface transformers langchain llamaindex openai anthropic gemini llama mistral vllm onnx tensorrt
triton cuda gpu gpus tpu tpus quantization quantisation pruning distillation lora qlora peft rlhf dpo fine-tuning
gan gans vae vaes diffusion stable diffusion llm llms rag embeddings vector database pinecone weaviate faiss milvus
bert gpt transformer transformers cnn rnn lstm nlp computer vision mlops mlflow kubeflow airflow dagster prefect dbt
kafka rabbitmq redis memcached postgres postgresql mysql sqlite mongodb cassandra dynamodb elasticsearch opensearch
snowflake bigquery redshift databricks clickhouse
aws gcp azure sagemaker lambda eks ecs ec2 s3 cloudformation vertex ai cloud run gke aks
docker kubernetes k8s helm argo cd argocd terraform pulumi ansible chef puppet istio linkerd envoy nginx
prometheus grafana opentelemetry datadog splunk jaeger pagerduty
react vue angular svelte next.js nextjs node.js nodejs express django flask fastapi spring rails graphql rest grpc
git github gitlab jenkins circleci ci/cd
linux unix windows macos ios android
excel tableau looker power bi figma jira salesforce sap hubspot
a/b testing slo slos sli slis`;

const MULTI_WORD = [
  'hugging face',
  'stable diffusion',
  'vector database',
  'computer vision',
  'vertex ai',
  'cloud run',
  'argo cd',
  'power bi',
  'a/b testing',
  'fine-tuning',
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const terms = [
  ...MULTI_WORD,
  ...TECHNOLOGIES.split(/\s+/).filter(
    (term) => term.length > 0 && !MULTI_WORD.some((m) => m.split(' ').includes(term)),
  ),
].sort((a, b) => b.length - a.length);

// Word boundaries that also work around symbols such as "c++", "c#" and ".net".
const TECHNOLOGY_PATTERN = new RegExp(
  `(?<![A-Za-z0-9])(?:${terms.map(escapeRegExp).join('|')})(?![A-Za-z0-9+#])`,
  'gi',
);

/** Technologies named in `text`, verbatim, deduplicated case-insensitively, in order of appearance. */
export function findTechnologies(text: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const match of text.matchAll(TECHNOLOGY_PATTERN)) {
    const term = match[0];
    // "r" and "go" are only technologies when written as such; lower-case "go" is a verb.
    if (
      (term === 'go' || term === 'r' || term === 'rest' || term === 'lambda' || term === 'chef') &&
      term === term.toLowerCase()
    ) {
      continue;
    }
    const key = term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(term);
  }
  return found;
}
