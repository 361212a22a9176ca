/** The kinds of resume section Candor reads claims from ('other' is read for nothing). */
export type TResumeSectionKind =
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'languages'
  | 'certifications'
  | 'projects'
  | 'achievements'
  | 'other';

const SECTION_NAMES: Record<TResumeSectionKind, string[]> = {
  summary: [
    'summary',
    'professional summary',
    'career summary',
    'executive summary',
    'profile',
    'professional profile',
    'personal profile',
    'about',
    'about me',
    'objective',
    'career objective',
    'overview',
    'personal statement',
    'introduction',
    'bio',
    'highlights',
    'summary of qualifications',
  ],
  experience: [
    'experience',
    'work experience',
    'professional experience',
    'relevant experience',
    'employment',
    'employment history',
    'work history',
    'career history',
    'career',
    'professional background',
    'positions',
    'positions held',
    'internships',
    'internship experience',
    'volunteer experience',
    'volunteering',
    'volunteer work',
    'leadership experience',
    'research experience',
    'teaching experience',
    'industry experience',
    'selected experience',
    'experience highlights',
    'professional history',
  ],
  education: [
    'education',
    'academic background',
    'academics',
    'education and training',
    'academic qualifications',
    'educational background',
    'degrees',
    'qualifications',
    'education and certifications',
  ],
  skills: [
    'skills',
    'technical skills',
    'core skills',
    'key skills',
    'skills and tools',
    'tools',
    'technologies',
    'tech stack',
    'technical stack',
    'stack',
    'core competencies',
    'competencies',
    'expertise',
    'areas of expertise',
    'technical proficiencies',
    'proficiencies',
    'skills and expertise',
    'skills and technologies',
    'programming languages',
    'tools and technologies',
    'technologies and tools',
    'software',
    'hard skills',
    'soft skills',
    'strengths',
    'skills and interests',
    'technical expertise',
    'skills summary',
    'toolbox',
  ],
  languages: ['languages', 'spoken languages', 'language skills', 'language'],
  certifications: [
    'certifications',
    'certification',
    'certificates',
    'licenses',
    'licences',
    'licenses and certifications',
    'certifications and licenses',
    'licences and certifications',
    'courses',
    'training',
    'professional development',
    'courses and certifications',
    'certifications and training',
    'certifications and courses',
  ],
  projects: [
    'projects',
    'personal projects',
    'selected projects',
    'side projects',
    'key projects',
    'open source',
    'open source contributions',
    'portfolio',
    'project experience',
    'notable projects',
  ],
  achievements: [
    'awards',
    'honors',
    'honours',
    'achievements',
    'accomplishments',
    'awards and honors',
    'awards and honours',
    'honors and awards',
    'honours and awards',
    'publications',
    'patents',
    'key achievements',
    'selected publications',
    'talks',
    'presentations',
    'publications and talks',
    'awards and achievements',
  ],
  other: [
    'interests',
    'hobbies',
    'hobbies and interests',
    'interests and hobbies',
    'references',
    'activities',
    'extracurricular activities',
    'contact',
    'contact information',
    'contact details',
    'personal details',
    'personal information',
    'additional information',
    'other',
    'miscellaneous',
    'links',
    'affiliations',
    'memberships',
    'professional memberships',
  ],
};

const KIND_BY_NAME = new Map<string, TResumeSectionKind>(
  Object.entries(SECTION_NAMES).flatMap(([kind, names]) =>
    names.map((name) => [name, kind as TResumeSectionKind]),
  ),
);

/**
 * The section a heading names, or null when the words are not a section name. Matching is on the
 * whole heading ("Skills", "TECHNICAL SKILLS", "## Work Experience", "Skills:"), so content lines
 * that merely contain such a word ("Experience with AWS") are never headings.
 */
export function classifyResumeHeading(line: string): TResumeSectionKind | null {
  const words = line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words.length === 0 || words.length > 45) return null;
  return KIND_BY_NAME.get(words) ?? null;
}
