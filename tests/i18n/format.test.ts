// The message format: placeholders, plurals by Intl.PluralRules, numbers per locale, language choice, markup.
import { describe, expect, it } from 'vitest';
import {
  formatMessage,
  formatNumber,
  formatSigned,
  placeholdersOf,
  splitTags,
} from '../../client/i18n/format.ts';
import { pickLanguage, setLang, t, tIn } from '../../client/i18n/i18n.ts';

describe('message format', () => {
  const fighters = { one: '{count} fighter in {region}', other: '{count} fighters in {region}' } as const;

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(formatMessage('en', 'Sit as {role}', { role: 'Government' })).toBe('Sit as Government');
    expect(formatMessage('en', 'Sit as {role}', {})).toBe('Sit as {role}');
  });

  it('chooses the plural form by the language rules', () => {
    expect(formatMessage('en', fighters, { count: 1, region: 'North' })).toBe('1 fighter in North');
    expect(formatMessage('en', fighters, { count: 0, region: 'North' })).toBe('0 fighters in North');
    expect(formatMessage('en', fighters, { count: 3, region: 'North' })).toBe('3 fighters in North');
    const es = { one: '{count} combatiente', other: '{count} combatientes' };
    expect(formatMessage('es', es, { count: 1 })).toBe('1 combatiente');
    expect(formatMessage('es', es, { count: 2 })).toBe('2 combatientes');
    expect(formatMessage('es', { zero: 'ninguno', other: '{count}' }, { count: 0 })).toBe('ninguno');
  });

  it('formats numbers per locale', () => {
    expect(formatNumber('en', 12345.5)).toBe('12,345.5');
    expect(formatNumber('es', 12345.5)).toBe('12.345,5');
    expect(formatMessage('es', 'Fondos: {n}', { n: 1.5 })).toBe('Fondos: 1,5');
    expect(formatSigned('es', 2)).toBe('+2');
    expect(formatSigned('es', -1.5)).toBe('-1,5');
    expect(formatSigned('en', 0)).toBe('0');
  });

  it('contracts Spanish "de el" and "a el" once a name with its article is filled in', () => {
    expect(formatMessage('es', 'Miedo de {who}', { who: 'el Movimiento' })).toBe('Miedo del Movimiento');
    expect(formatMessage('es', 'Se pide a {who} que responda', { who: 'el Gobierno' })).toBe(
      'Se pide al Gobierno que responda',
    );
    expect(formatMessage('es', 'De {who}', { who: 'el Sur' })).toBe('Del Sur');
    expect(formatMessage('es', 'Miedo de {who}', { who: 'la Misión' })).toBe('Miedo de la Misión');
    expect(formatMessage('es', 'de El Salvador', {})).toBe('de El Salvador');
  });

  it('lists placeholders (and count for plurals)', () => {
    expect(placeholdersOf(fighters)).toEqual(['count', 'region']);
    expect(placeholdersOf('no params')).toEqual([]);
  });

  it('splits markup into text and tagged chunks', () => {
    expect(splitTags('In <b>Ceasefire</b> you <em>play</em>.')).toEqual([
      'In ',
      { tag: 'b', text: 'Ceasefire' },
      ' you ',
      { tag: 'em', text: 'play' },
      '.',
    ]);
  });
});

describe('language choice', () => {
  it('takes the first shipped language of the browser, else English', () => {
    expect(pickLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(pickLanguage(['de-DE', 'en-GB'])).toBe('en');
    expect(pickLanguage(['fr', 'de'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('t follows the switch; tIn reads one language', () => {
    setLang('es');
    expect(t('home.title')).toBe('¿Aguantará la paz?');
    expect(t('created.sitAs', { role: 'Gobierno' })).toBe('Sentarse como Gobierno');
    setLang('en');
    expect(t('home.title')).toBe('Can the peace hold?');
    expect(tIn('es', 'join.takenBy', { name: 'Ana' })).toBe('Ocupado por Ana');
  });
});
