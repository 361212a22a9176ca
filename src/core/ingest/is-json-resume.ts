/** Whether parsed JSON has the shape of a JSON Resume (jsonresume.org): an object with `basics` or `work`. */
export function isJsonResume(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const record = json as Record<string, unknown>;
  const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  return isObject(record.basics) || Array.isArray(record.work);
}
