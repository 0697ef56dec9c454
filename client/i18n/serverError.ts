// A refusal from the server in the player's language. English shows the server's own sentence (it
// names the specifics); other languages say what the code means (serverErrors.*.ts), a rules refusal
// (upper-case code, game/errors.ts) as the table says it (moveError.ts). An unknown code keeps the
// server's sentence.
import type { MoveError } from '../../game/errors.ts';
import { en } from './en.ts';
import { getLang, t } from './i18n.ts';
import { moveErrorText } from './moveError.ts';

export interface Refusal {
  readonly code?: string | undefined;
  readonly message?: string | undefined;
}

export function serverErrorText(e: Refusal): string {
  const code = e.code ?? '';
  if (`moveError.${code}` in en) return moveErrorText({ code, message: e.message ?? '' } as MoveError);
  if (getLang() === 'en' && e.message) return e.message;
  const key = `serverError.${code}`;
  if (key in en) return t(key as 'serverError.offline');
  return e.message || t('common.genericError');
}
