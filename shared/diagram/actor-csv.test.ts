import { describe, expect, it } from 'vitest';
import { actorsToCsv, parseActorCsv } from './actor-csv';
import type { DiagramNode } from './diagram-document';

describe('actor CSV', () => {
  it('round-trips actors, including formula-like text and line breaks', () => {
    const nodes: DiagramNode[] = [
      {
        id: 'a1',
        type: 'aktor',
        position: { x: 0, y: 0 },
        data: {
          name: 'Statsforvalteren',
          category: 'statlig',
          role: 'Innsigelse; mekling',
          interest: 4,
          influence: 5,
          phases: ['horing', 'vedtak'],
          contact: 'Kari',
          note: '=SUM(A1)\nlinje to',
        },
      },
      { id: 'n', type: 'fritekst', position: { x: 0, y: 0 }, data: { text: 'ikke med' } },
    ];
    for (const language of ['nb', 'nn'] as const) {
      const csv = actorsToCsv(nodes, language);
      expect(csv.startsWith('\uFEFFid;navn;kategori')).toBe(true);
      const parsed = parseActorCsv(csv);
      expect(parsed).toEqual({ ok: true, rows: [{ line: 2, id: 'a1', data: (nodes[0] as Extract<DiagramNode, { type: 'aktor' }>).data }] });
    }
  });

  it('writes categories and phases by the names planners read in the app, in the region’s language', () => {
    const actor = (category: string, phases: string[]): DiagramNode =>
      ({
        id: 'a',
        type: 'aktor',
        position: { x: 0, y: 0 },
        data: { name: 'A', category, role: '', interest: 3, influence: 3, phases, contact: '', note: '' },
      }) as DiagramNode;
    const row = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n')[1];
    expect(row(actorsToCsv([actor('internt', ['forstegangsbehandling', 'horing', 'etter-vedtak'])], 'nb'))).toBe(
      'a;A;Internt i kommunen;;3;3;1. gangs behandling, Høring og offentlig ettersyn, Klage og innsigelse;;',
    );
    expect(row(actorsToCsv([actor('statlig', ['forarbeid', 'etter-vedtak'])], 'nn'))).toBe('a;A;Statleg;;3;3;Førearbeid og initiativ, Klage og motsegn;;');
  });

  it('accepts comma-separated files with labels and English headers', () => {
    const parsed = parseActorCsv('name,category,interest,influence,phases\nNVE,Statleg,2,4,"høring, oppstart"\n\n');
    expect(parsed.ok && parsed.rows[0]!.data).toMatchObject({ name: 'NVE', category: 'statlig', interest: 2, influence: 4, phases: ['horing', 'oppstart'] });
  });

  it('lists every bad row and gives no rows at all', () => {
    const parsed = parseActorCsv('navn;kategori;interesse;faser;id\nOK;regionalt;3;;x\n;statlig;7;;\nNoen;himmelsk;2;sommer;x\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { code: 'required', line: 3, column: 'navn' },
      { code: 'bad-score', line: 3, column: 'interesse', value: '7' },
      { code: 'unknown-category', line: 4, column: 'kategori', value: 'himmelsk' },
      { code: 'unknown-phase', line: 4, column: 'faser', value: 'sommer' },
      { code: 'duplicate-id', line: 4, column: 'id', value: 'x' },
    ]);
  });

  it('reads a short file with two columns (the separator comes from the header)', () => {
    expect(parseActorCsv('navn;kategori\nA;statlig\nB;internt\n')).toMatchObject({ ok: true, rows: [{ data: { name: 'A' } }, { data: { name: 'B' } }] });
    expect(parseActorCsv('navn\tkategori\nA\tstatlig\n')).toMatchObject({ ok: true, rows: [{ data: { name: 'A' } }] });
  });

  it('says what is wrong with a file that is not an actor list', () => {
    expect(parseActorCsv('')).toEqual({ ok: false, problems: [{ code: 'empty-file' }] });
    expect(parseActorCsv('a;b\n1;2')).toEqual({
      ok: false,
      problems: [
        { code: 'missing-column', column: 'navn' },
        { code: 'missing-column', column: 'kategori' },
      ],
    });
  });
});
