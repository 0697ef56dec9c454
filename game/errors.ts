// Typed reasons a move is refused: a code for programs and a sentence for the player.

export type MoveErrorCode =
  | 'NOT_YOUR_TURN'
  | 'WRONG_PHASE'
  | 'UNKNOWN_MOVE'
  | 'BAD_ARGUMENT'
  | 'NOT_ALLOWED_FOR_ROLE'
  | 'UNKNOWN_REGION'
  | 'NOT_ENOUGH_UNITS'
  | 'NOT_ENOUGH_FUNDS'
  | 'NO_ORDERS_LEFT'
  | 'ORDERS_ALREADY_SENT'
  | 'NO_CONSENT'
  | 'FEAR_TOO_HIGH'
  | 'TOO_MILITANT_LIMIT'
  | 'COUNCIL_DEADLOCK'
  | 'NO_MISSION'
  | 'UNKNOWN_OFFER'
  | 'UNKNOWN_PLEDGE'
  | 'PLEDGE_PENDING'
  | 'CHOICE_PENDING'
  | 'TOO_MANY_PLEDGES'
  | 'NO_CAPABILITY'
  | 'ALREADY_READY'
  | 'GAME_OVER';

export interface MoveError {
  readonly code: MoveErrorCode;
  readonly message: string;
}

export function err(code: MoveErrorCode, message: string): MoveError {
  return { code, message };
}
