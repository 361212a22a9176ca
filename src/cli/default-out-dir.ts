/** Where `candor interview` writes transcripts and reports unless --out-dir says otherwise. */
export const DEFAULT_OUT_DIR = './data/reports';
