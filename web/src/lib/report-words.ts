/** The report's shared words (pure, no I/O): the web view reads exactly like the Markdown and HTML reports. */
export * from '../../../src/core/report/report-text';
