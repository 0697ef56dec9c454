// The walk over a scenario's texts: each text with its stable key from its content ids
// (`role.government.name`), used to list them (completeness test, catalogues) and to translate them.
export type Visit = (key: string, text: string) => string;
type Obj = Record<string, unknown>;

/** The translatable fields of a source note: its idea and design note (a verbatim quote stays as quoted). */
function source(src: unknown, key: string, visit: Visit): unknown {
  if (!src || typeof src !== 'object') return src;
  const o = { ...(src as Obj) };
  if (typeof o.idea === 'string') o.idea = visit(`${key}.source.idea`, o.idea);
  if (typeof o.design === 'string') o.design = visit(`${key}.source.design`, o.design);
  return o;
}

function texts(o: Obj, key: string, fields: readonly string[], visit: Visit): Obj {
  const out: Obj = { ...o };
  for (const f of fields) if (typeof o[f] === 'string') out[f] = visit(`${key}.${f}`, o[f] as string);
  if ('source' in o) out.source = source(o.source, key, visit);
  return out;
}

const list = (x: unknown): Obj[] => (Array.isArray(x) ? (x as Obj[]) : []);

/**
 * Walk a scenario's texts (raw data or parsed), giving each to `visit` with its key and putting back what
 * it returns: one walk both lists the texts (for the completeness test) and translates them.
 */
export function mapContent<T>(scenario: T, visit: Visit): T {
  const s = scenario as Obj;
  const out = texts(s, 'scenario', ['name', 'summary', 'briefing'], visit);
  // A real case's name and account are read in the debrief; its sources are references, left as cited.
  if (s.realCase && typeof s.realCase === 'object')
    out.realCase = texts(s.realCase as Obj, 'realCase', ['name', 'text'], visit);
  if (Array.isArray(s.claims))
    out.claims = list(s.claims).map((c) => texts(c, `claim.${String(c.claim)}`, ['reason'], visit));
  out.roles = list(s.roles).map((r) => {
    const k = `role.${String(r.id)}`;
    const role = texts(r, k, ['name', 'objective', 'powers', 'fears'], visit);
    role.agendas = list(r.agendas).map((a) => texts(a, `${k}.agenda.${String(a.id)}`, ['text'], visit));
    return role;
  });
  out.regions = list(s.regions).map((r) => texts(r, `region.${String(r.id)}`, ['name'], visit));
  out.actions = list(s.actions).map((a) => texts(a, `action.${String(a.type)}`, ['label', 'explain'], visit));
  out.spoilerTypes = list(s.spoilerTypes).map((x) =>
    texts(x, `spoilerType.${String(x.name)}`, ['text'], visit),
  );
  out.events = list(s.events).map((e) => {
    const k = `event.${String(e.id)}`;
    const ev = texts(e, k, ['title', 'text'], visit);
    const c = e.choice as Obj | undefined;
    if (c) {
      const choice = texts(c, `${k}.choice`, ['prompt'], visit);
      choice.options = list(c.options).map((o) =>
        texts(o, `${k}.choice.option.${String(o.id)}`, ['label'], visit),
      );
      ev.choice = choice;
    }
    return ev;
  });
  return out as T;
}

/** Every text of a scenario with its key, in the scenario's own (English) words. */
export function contentTexts(scenario: unknown): Map<string, string> {
  const m = new Map<string, string>();
  mapContent(scenario, (k, v) => {
    m.set(k, v);
    return v;
  });
  for (const r of list((scenario as Obj).roles)) m.set(`role.${String(r.id)}.the`, `the ${String(r.name)}`);
  for (const r of list((scenario as Obj).regions))
    m.set(`region.${String(r.id)}.the`, `the ${String(r.name)}`);
  return m;
}
