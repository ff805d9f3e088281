import type { Catalogue } from './catalogue';

/** Nynorsk texts of diagram boards, typed against the bokmål ones. */
export const diagramNn: Catalogue['diagram'] = {
  import: {
    csv: {
      'empty-file': 'Fila er tom.',
      unreadable: 'Fila kan ikkje lesast som CSV (sjekk hermeteikna rundt linje {{line}}).',
      'missing-column': 'Fila manglar kolonnen «{{column}}».',
      'too-many-rows': 'Fila har for mange rader (høgst {{value}}).',
      required: 'Linje {{line}}: «{{column}}» må fyllast ut.',
      'too-long': 'Linje {{line}}: «{{column}}» er for lang.',
      'unknown-category': 'Linje {{line}}: «{{value}}» er ikkje ein kategori. Bruk internt, regionalt, statlig eller eksternt.',
      'bad-score': 'Linje {{line}}: «{{column}}» må vere eit heilt tal frå 1 til 5, ikkje «{{value}}».',
      'unknown-phase': 'Linje {{line}}: «{{value}}» er ikkje ein planfase.',
      'duplicate-id': 'Linje {{line}}: id-en «{{value}}» står på meir enn éi linje.',
      'id-taken': 'Linje {{line}}: id-en «{{value}}» høyrer til noko anna enn ein aktør i diagrammet.',
    },
  },
};
