import { z } from 'zod';
import { CandorError } from '../candor-error.js';
import type { TClaim, TClaimKind, TContact, TResume } from '../resume.js';
import { extractKeywords } from '../text/keywords.js';
import { normaliseDate } from './find-date-range.js';
import { findExperienceYears } from './find-experience-years.js';
import { findMetric } from './find-metric.js';

const text = z.string().nullish();
const textList = z.array(z.string()).nullish();

/** JSON Resume v1.0.0 (jsonresume.org), leniently: every field optional, `null` allowed, v0 names (`company`, `website`) accepted. */
const ZJsonResume = z.looseObject({
  basics: z
    .looseObject({
      name: text,
      label: text,
      email: text,
      phone: text,
      url: text,
      website: text,
      summary: text,
      location: z
        .looseObject({ address: text, postalCode: text, city: text, region: text, countryCode: text })
        .nullish(),
      profiles: z.array(z.looseObject({ network: text, username: text, url: text })).nullish(),
    })
    .nullish(),
  work: z
    .array(
      z.looseObject({
        name: text,
        company: text,
        position: text,
        location: text,
        startDate: text,
        endDate: text,
        summary: text,
        description: text,
        highlights: textList,
      }),
    )
    .nullish(),
  volunteer: z
    .array(
      z.looseObject({
        organization: text,
        position: text,
        startDate: text,
        endDate: text,
        summary: text,
        highlights: textList,
      }),
    )
    .nullish(),
  education: z
    .array(
      z.looseObject({
        institution: text,
        area: text,
        studyType: text,
        startDate: text,
        endDate: text,
        score: text,
        courses: textList,
      }),
    )
    .nullish(),
  awards: z.array(z.looseObject({ title: text, date: text, awarder: text, summary: text })).nullish(),
  certificates: z.array(z.looseObject({ name: text, date: text, issuer: text, url: text })).nullish(),
  publications: z
    .array(z.looseObject({ name: text, publisher: text, releaseDate: text, summary: text }))
    .nullish(),
  skills: z.array(z.looseObject({ name: text, level: text, keywords: textList })).nullish(),
  languages: z.array(z.looseObject({ language: text, fluency: text })).nullish(),
  interests: z.array(z.looseObject({ name: text, keywords: textList })).nullish(),
  projects: z
    .array(
      z.looseObject({
        name: text,
        description: text,
        highlights: textList,
        keywords: textList,
        startDate: text,
        endDate: text,
        url: text,
      }),
    )
    .nullish(),
});

/** Profile networks whose address follows from the user name, when a profile gives only that. */
const PROFILE_ADDRESSES: Record<string, (username: string) => string> = {
  github: (username) => `https://github.com/${username}`,
  gitlab: (username) => `https://gitlab.com/${username}`,
  linkedin: (username) => `https://www.linkedin.com/in/${username}`,
  twitter: (username) => `https://x.com/${username}`,
  x: (username) => `https://x.com/${username}`,
};

type TDetails = TClaim['details'];
type TDraftClaim = { kind: TClaimKind; start: number; end: number; details: TDetails; role?: TDraftClaim };

/** Builds the rendered text line by line, remembering where each claim's words landed. */
class RenderedText {
  private readonly lines: string[] = [];
  private length = 0;

  /** Appends a line; returns the offsets of `claimPart` within it (the whole line by default). */
  line(line: string, claimPart: string = line): { start: number; end: number } {
    const lineStart = this.length + (this.lines.length > 0 ? 1 : 0);
    this.lines.push(line);
    this.length = lineStart + line.length;
    const start = lineStart + Math.max(0, line.indexOf(claimPart));
    return { start, end: start + claimPart.length };
  }

  heading(title: string): void {
    if (this.lines.length > 0) this.line('');
    this.line(title);
  }

  toString(): string {
    return this.lines.join('\n');
  }
}

const present = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim().length > 0;

/**
 * A JSON Resume (jsonresume.org, v1.0.0) → a resume. The JSON is first rendered as readable plain
 * text, which becomes `resume.text`; claims are then taken from the fields directly (not
 * re-parsed from the rendering), each quoting the line that renders it, so every claim's text is
 * a verbatim slice of `resume.text`.
 */
export function parseJsonResume(json: unknown): TResume {
  const parsed = ZJsonResume.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field =
      issue?.path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
        .join('')
        .replace(/^\./, '') || 'resume';
    throw new CandorError(
      'invalid_document',
      `the JSON Resume field "${field}" has the wrong type (${issue?.message ?? 'invalid'}).`,
      {
        location: field,
      },
    );
  }
  const resume = parsed.data;
  const basics = resume.basics ?? {};
  const rendered = new RenderedText();
  const drafts: TDraftClaim[] = [];
  const claim = (
    kind: TClaimKind,
    span: { start: number; end: number },
    details: TDetails,
    role?: TDraftClaim,
  ) => {
    const draft: TDraftClaim = { kind, ...span, details, ...(role ? { role } : {}) };
    drafts.push(draft);
    return draft;
  };

  const urls: string[] = [];
  if (present(basics.url)) urls.push(basics.url);
  if (present(basics.website)) urls.push(basics.website);
  const location = [basics.location?.city, basics.location?.region, basics.location?.countryCode]
    .filter(present)
    .join(', ');
  if (present(basics.name)) rendered.line(basics.name);
  if (present(basics.label)) rendered.line(basics.label);
  const contactLine = [basics.email, basics.phone, location, basics.url ?? basics.website]
    .filter(present)
    .join(' | ');
  if (contactLine) rendered.line(contactLine);
  for (const profile of basics.profiles ?? []) {
    const address = present(profile.url)
      ? profile.url
      : present(profile.username) && present(profile.network)
        ? PROFILE_ADDRESSES[profile.network.toLowerCase()]?.(profile.username)
        : undefined;
    if (address) urls.push(address);
    const shown = [profile.network, address ?? profile.username].filter(present).join(': ');
    if (shown) rendered.line(shown);
  }

  if (present(basics.summary)) {
    rendered.heading('Summary');
    const span = rendered.line(basics.summary.trim());
    const whole = rendered.toString();
    for (const found of findExperienceYears(whole, span.start, span.end, false)) {
      claim('experience_years', found, { years: found.years });
    }
  }

  const renderRoles = (
    heading: string,
    roles: Array<{
      title: string | null;
      organisation: string | null;
      location?: string | null;
      start: string | null;
      end: string | null;
      summary: string | null;
      highlights: string[];
    }>,
  ) => {
    if (roles.length === 0) return;
    rendered.heading(heading);
    roles.forEach((role, index) => {
      if (index > 0) rendered.line('');
      const dates = role.start ? `${role.start} to ${role.end ?? 'present'}` : '';
      const line = [[role.title, role.organisation, role.location].filter(present).join(', '), dates]
        .filter(present)
        .join(' | ');
      const roleClaim = line
        ? claim('role', rendered.line(line), {
            title: role.title,
            organisation: role.organisation,
            start: role.start ? normaliseDate(role.start) : null,
            end: role.start
              ? role.end
                ? normaliseDate(role.end)
                : 'present'
              : role.end
                ? normaliseDate(role.end)
                : null,
          })
        : undefined;
      if (present(role.summary)) {
        claim(
          'achievement',
          rendered.line(role.summary.trim()),
          { section: 'experience', metric: null },
          roleClaim,
        );
      }
      for (const highlight of role.highlights.filter(present)) {
        claim(
          'achievement',
          rendered.line(`- ${highlight.trim()}`, highlight.trim()),
          { section: 'experience', metric: null },
          roleClaim,
        );
      }
    });
  };
  renderRoles(
    'Experience',
    (resume.work ?? []).map((work) => ({
      title: work.position ?? null,
      organisation: work.name ?? work.company ?? null,
      location: work.location ?? null,
      start: work.startDate ?? null,
      end: work.endDate ?? null,
      summary: work.summary ?? work.description ?? null,
      highlights: work.highlights ?? [],
    })),
  );
  renderRoles(
    'Volunteering',
    (resume.volunteer ?? []).map((volunteer) => ({
      title: volunteer.position ?? null,
      organisation: volunteer.organization ?? null,
      start: volunteer.startDate ?? null,
      end: volunteer.endDate ?? null,
      summary: volunteer.summary ?? null,
      highlights: volunteer.highlights ?? [],
    })),
  );

  const education = resume.education ?? [];
  if (education.length > 0) {
    rendered.heading('Education');
    for (const entry of education) {
      const degree = [entry.studyType, entry.area].filter(present).join(' in ');
      const year = /(?:19|20)\d{2}/.exec(entry.endDate ?? '')?.[0];
      const line = [degree, entry.institution, entry.endDate].filter(present).join(', ');
      if (!line) continue;
      claim('education', rendered.line(line), {
        degree: entry.studyType ?? null,
        field: entry.area ?? null,
        institution: entry.institution ?? null,
        year: year ? Number(year) : null,
      });
      if (present(entry.score)) rendered.line(`Score: ${entry.score}`);
      if ((entry.courses ?? []).length > 0) rendered.line(`Courses: ${(entry.courses ?? []).join(', ')}`);
    }
  }

  const certificates = resume.certificates ?? [];
  if (certificates.length > 0) {
    rendered.heading('Certificates');
    for (const certificate of certificates) {
      const line = [certificate.name, certificate.issuer, certificate.date].filter(present).join(', ');
      if (!line) continue;
      const year = /(?:19|20)\d{2}/.exec(certificate.date ?? '')?.[0];
      claim('certification', rendered.line(line), {
        name: certificate.name ?? null,
        issuer: certificate.issuer ?? null,
        year: year ? Number(year) : null,
      });
    }
  }

  const skills = resume.skills ?? [];
  if (skills.length > 0) {
    rendered.heading('Skills');
    for (const skill of skills) {
      const keywords = (skill.keywords ?? []).filter(present);
      const line = [skill.name, keywords.length > 0 ? `(${keywords.join(', ')})` : '']
        .filter(present)
        .join(' ');
      if (!line) continue;
      claim('skill', rendered.line(line), {
        name: skill.name ?? keywords.join(', '),
        category: null,
        level: skill.level ?? null,
      });
    }
  }

  const languages = (resume.languages ?? []).filter((language) => present(language.language));
  if (languages.length > 0) {
    rendered.heading('Languages');
    for (const language of languages) {
      const line = present(language.fluency)
        ? `${language.language} (${language.fluency})`
        : language.language!;
      claim('skill', rendered.line(line), {
        name: language.language!,
        category: 'Languages',
        level: language.fluency ?? null,
      });
    }
  }

  const projects = resume.projects ?? [];
  if (projects.length > 0) {
    rendered.heading('Projects');
    for (const project of projects) {
      const line = [project.name, project.description].filter(present).join(': ');
      if (line) claim('achievement', rendered.line(line), { section: 'projects', metric: null });
      for (const highlight of (project.highlights ?? []).filter(present)) {
        claim('achievement', rendered.line(`- ${highlight.trim()}`, highlight.trim()), {
          section: 'projects',
          metric: null,
        });
      }
    }
  }

  const awards = resume.awards ?? [];
  const publications = resume.publications ?? [];
  if (awards.length > 0 || publications.length > 0) {
    rendered.heading('Awards and publications');
    for (const award of awards) {
      const line = [[award.title, award.awarder, award.date].filter(present).join(', '), award.summary]
        .filter(present)
        .join(': ');
      if (line) claim('achievement', rendered.line(line), { section: 'achievements', metric: null });
    }
    for (const publication of publications) {
      const line = [
        [publication.name, publication.publisher, publication.releaseDate].filter(present).join(', '),
        publication.summary,
      ]
        .filter(present)
        .join(': ');
      if (line) claim('achievement', rendered.line(line), { section: 'achievements', metric: null });
    }
  }

  const interests = (resume.interests ?? []).filter((interest) => present(interest.name));
  if (interests.length > 0) {
    rendered.heading('Interests');
    rendered.line(interests.map((interest) => interest.name).join(', '));
  }

  const whole = rendered.toString();
  const ids = new Map<TDraftClaim, string>(drafts.map((draft, index) => [draft, `C${index + 1}`]));
  const claims: TClaim[] = drafts.map((draft) => {
    const claimText = whole.slice(draft.start, draft.end);
    const details =
      draft.kind === 'achievement'
        ? { ...draft.details, metric: findMetric(claimText), role: draft.role ? ids.get(draft.role)! : null }
        : draft.details;
    return {
      id: ids.get(draft)!,
      kind: draft.kind,
      text: claimText,
      details,
      keywords: extractKeywords(claimText),
    };
  });
  const contact: TContact = {
    name: present(basics.name) ? basics.name.trim() : null,
    emails: present(basics.email) ? [basics.email.trim()] : [],
    phones: present(basics.phone) ? [basics.phone.trim()] : [],
    urls: [...new Set(urls)],
  };
  return { contact, text: whole, claims };
}
