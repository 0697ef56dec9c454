// A teacher's scenario file: read in the browser (size, JSON or YAML), then checked by the server, whose every
// problem is listed with its path. Everything from the file is rendered as plain text (React escapes it).
import { useId } from 'react';
import { isYamlName, MAX_SCENARIO_BYTES } from '../../game/content/size.ts';
import { useT } from '../i18n/i18n.ts';
import { ApiError } from '../lib/api.ts';
import './upload.css';

export interface ScenarioIssue {
  readonly path: string;
  readonly message: string;
}

/** A scenario file read in the browser: its data as sent, and what the form shows before the server checks it. */
export interface ScenarioUploadFile {
  readonly fileName: string;
  readonly data: Record<string, unknown>;
  readonly name: string;
  readonly roles: readonly { readonly id: string; readonly name: string; readonly kind: string }[];
}

type Read = { ok: true; file: ScenarioUploadFile } | { ok: false; issues: ScenarioIssue[] };

const text = (v: unknown, fallback: string) => (typeof v === 'string' && v.trim() ? v : fallback);

/** Reads a chosen file (JSON, or YAML by its name): too large or unreadable is reported here; the rest is the server's to check. */
export async function readScenarioFile(file: File, t: ReturnType<typeof useT>): Promise<Read> {
  if (file.size > MAX_SCENARIO_BYTES)
    return {
      ok: false,
      issues: [
        {
          path: '(root)',
          message: t('upload.tooBig', {
            size: Math.ceil(file.size / 1024),
            max: MAX_SCENARIO_BYTES / 1024,
          }),
        },
      ],
    };
  let data: unknown;
  if (isYamlName(file.name)) {
    // The YAML reader is loaded only for a YAML file (it is not part of the first page).
    const { parseScenarioYaml } = await import('../../game/content/yamlScenario.ts');
    const parsed = parseScenarioYaml(await file.text());
    if (!parsed.ok)
      return {
        ok: false,
        issues: [{ path: '(root)', message: t('upload.notYaml', { why: parsed.message }) }],
      };
    data = parsed.data;
  } else
    try {
      data = JSON.parse(await file.text());
    } catch (e) {
      return {
        ok: false,
        issues: [{ path: '(root)', message: t('upload.notJson', { why: (e as Error).message }) }],
      };
    }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, issues: [{ path: '(root)', message: t('upload.notObject') }] };
  const raw = data as Record<string, unknown>;
  const roles = Array.isArray(raw.roles)
    ? raw.roles.map((r, i) => {
        const role = (r ?? {}) as Record<string, unknown>;
        return {
          id: text(role.id, String(i)),
          name: text(role.name, `#${i + 1}`),
          kind: text(role.kind, ''),
        };
      })
    : [];
  return { ok: true, file: { fileName: file.name, data: raw, name: text(raw.name, file.name), roles } };
}

/** The problems the server (or the browser) found, each with its path. */
export function issuesOf(err: unknown, t: ReturnType<typeof useT>): readonly ScenarioIssue[] | null {
  if (!(err instanceof ApiError)) return null;
  if (err.status === 413)
    return [{ path: '(root)', message: t('upload.tooLarge', { max: MAX_SCENARIO_BYTES / 1024 }) }];
  return err.issues ?? null;
}

export function ScenarioIssues({ issues }: { issues: readonly ScenarioIssue[] }) {
  const t = useT();
  return (
    <div className="error upload-issues" role="alert">
      <p>{t('upload.invalid', { count: issues.length })}</p>
      <ul>
        {issues.map((i, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
          <li key={n}>
            <code>{i.path}</code>: {i.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The file picker: a label, the input and a hint on the format. */
export function ScenarioFileInput({
  label,
  onFile,
  disabled,
}: {
  label: string;
  onFile: (file: File | null) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const id = useId();
  return (
    <>
      <div className="field upload-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="file"
          accept=".json,.yaml,.yml,application/json,application/yaml"
          disabled={disabled}
          onChange={(e) => {
            onFile(e.target.files?.[0] ?? null);
          }}
        />
      </div>
      <p className="hint">{t('upload.hint')}</p>
    </>
  );
}
