// Table chat and private messages between seats, kept with the match in the store.
//
// Wire format (boardgame.io's 'chat' event, so the stock Client's sendChatMessage/chatMessages work):
//   client -> server: 'chat' (matchID, {id, sender, payload}, credentials)
//     payload: "text" or {text, to?: playerID}
//   server -> client: 'chat' (matchID, {id, sender, payload: {text, to: playerID | null, at}})
// A private message reaches only the two seats. History is replayed as 'chat' events after every
// sync, so clients should de-duplicate by id (the stock Client appends blindly on reconnect).
import type { Conn, MatchEngine } from './engine.ts';
import { refuse } from './engine.ts';
import type { StoredChat } from './storage.ts';
import type { Refusal } from './types.ts';

export const MAX_CHAT_TEXT = 1000;
export const MAX_CHAT_PER_MATCH = 20_000;

export interface ChatWire {
  id: string;
  sender: string;
  payload: { text: string; to: string | null; at: number };
}

const toWire = (m: StoredChat): ChatWire => ({
  id: m.id,
  sender: m.sender,
  payload: { text: m.text, to: m.to, at: m.at },
});

const visibleTo = (m: StoredChat, playerID: string | null): boolean =>
  m.to === null || (playerID !== null && (m.sender === playerID || m.to === playerID));

export class Chat {
  constructor(private readonly engine: MatchEngine) {
    engine.onSynced((conn, matchID) => this.replay(conn, matchID));
  }

  /** A message from a connection; refused unless it comes from the synced seat with its credentials. */
  receive(conn: Conn, matchID: unknown, message: unknown, credentials: unknown): Promise<Refusal | null> {
    if (typeof matchID !== 'string') return Promise.resolve(refuse('bad_request', 'Chat needs a matchID.'));
    return this.engine.enqueue(matchID, () => this.receiveNow(conn, matchID, message, credentials));
  }

  private async receiveNow(
    conn: Conn,
    matchID: string,
    message: unknown,
    credentials: unknown,
  ): Promise<Refusal | null> {
    if (conn.matchID !== matchID) return refuse('not_synced', 'Join the match (sync) before chatting.');
    if (conn.playerID === null) return refuse('spectator', 'Spectators cannot chat.');
    if (typeof message !== 'object' || message === null)
      return refuse('bad_request', 'A chat message is an object.');
    const { id, sender, payload } = message as { id?: unknown; sender?: unknown; payload?: unknown };
    if (sender !== conn.playerID) return refuse('wrong_seat', 'You can only send messages as your own seat.');
    const store = this.engine.store;
    const { metadata } = await store.fetch(matchID, { metadata: true });
    if (!metadata) return refuse('unknown_match', `There is no match "${matchID}".`);
    if (!this.engine.credentialsValid(metadata, sender, credentials)) {
      return refuse('unauthorized', `Wrong or missing credentials for seat ${String(sender)}.`);
    }
    let text: unknown;
    let to: unknown = null;
    if (typeof payload === 'string') text = payload;
    else if (typeof payload === 'object' && payload !== null) {
      ({ text, to = null } = payload as { text?: unknown; to?: unknown });
    }
    if (typeof text !== 'string' || text.trim().length === 0)
      return refuse('bad_request', 'A chat message needs text.');
    if (text.length > MAX_CHAT_TEXT) {
      return refuse('payload_too_large', `A chat message is at most ${MAX_CHAT_TEXT} characters.`);
    }
    if (to !== null) {
      if (typeof to !== 'string' || !(to in metadata.players)) {
        return refuse('unknown_seat', 'A private message must name a seat of this match.');
      }
      if (to === sender) return refuse('bad_request', 'You cannot send a private message to yourself.');
    }
    const safeId =
      typeof id === 'string' && /^[\w-]{1,40}$/.test(id) ? id : Math.random().toString(36).slice(2, 12);
    if ((await store.chatCount(matchID)) >= MAX_CHAT_PER_MATCH) {
      return refuse('chat_full', 'This match has reached its chat limit.');
    }
    const stored = await store.addChat(matchID, {
      id: safeId,
      sender,
      to: to as string | null,
      text,
      at: Date.now(),
    });
    if (!stored) return null; // a resend of a message already stored
    // Every connection of the match, in every process: a private message only to its two seats.
    const seats = stored.to === null ? undefined : [stored.sender, stored.to];
    this.engine.emitTo(matchID, 'chat', [matchID, toWire(stored)], seats);
    return null;
  }

  /** Every stored message this connection may see, as 'chat' events. */
  private async replay(conn: Conn, matchID: string): Promise<void> {
    for (const m of await this.engine.store.listChat(matchID)) {
      if (visibleTo(m, conn.playerID)) conn.emit('chat', matchID, toWire(m));
    }
  }

  async history(matchID: string, playerID: string | null): Promise<ChatWire[]> {
    return (await this.engine.store.listChat(matchID)).filter((m) => visibleTo(m, playerID)).map(toWire);
  }
}
