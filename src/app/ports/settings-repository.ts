/** Server settings: named values the installation keeps in its database. */
export type TSettingsRepository = {
  find(key: string): Promise<string | undefined>;
  /** Deletes the setting (nothing when there is none). */
  delete(key: string): Promise<void>;
};
