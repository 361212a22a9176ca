import { createContext, useContext } from 'react';
import type { TSessionInfo } from './api/types';

export type TSessionContext = {
  session: TSessionInfo;
  signOut: () => Promise<void>;
};

export const SessionContext = createContext<TSessionContext | undefined>(undefined);

/** The signed-in recruiter's session; only pages behind sign-in call this. */
export function useSession(): TSessionContext {
  const context = useContext(SessionContext);
  if (context === undefined) throw new Error('useSession needs a signed-in recruiter');
  return context;
}
