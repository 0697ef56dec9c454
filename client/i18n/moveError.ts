// A refused move's reason in the player's language: the rules' own sentence in English (it names the
// numbers), the code's message in other languages.
import type { MoveError, MoveErrorCode } from '../../game/errors.ts';
import { en } from './en.ts';
import { getLang, type MessageKey, t } from './i18n.ts';

export function moveErrorText(e: MoveError): string {
  if (getLang() === 'en') return e.message;
  const key = `moveError.${e.code satisfies MoveErrorCode}` as MessageKey;
  return key in en ? t(key as 'moveError.GAME_OVER') : e.message;
}
