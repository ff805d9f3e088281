/** Bokmål texts of diagram boards (the `diagram` namespace of the catalogue). */
export const diagramNb = {
  import: {
    csv: {
      'empty-file': 'Filen er tom.',
      unreadable: 'Filen kan ikke leses som CSV (sjekk anførselstegnene rundt linje {{line}}).',
      'missing-column': 'Filen mangler kolonnen «{{column}}».',
      'too-many-rows': 'Filen har for mange rader (høyst {{value}}).',
      required: 'Linje {{line}}: «{{column}}» må fylles ut.',
      'too-long': 'Linje {{line}}: «{{column}}» er for lang.',
      'unknown-category': 'Linje {{line}}: «{{value}}» er ikke en kategori. Bruk internt, regionalt, statlig eller eksternt.',
      'bad-score': 'Linje {{line}}: «{{column}}» må være et helt tall fra 1 til 5, ikke «{{value}}».',
      'unknown-phase': 'Linje {{line}}: «{{value}}» er ikke en planfase.',
      'duplicate-id': 'Linje {{line}}: id-en «{{value}}» står på mer enn én linje.',
      'id-taken': 'Linje {{line}}: id-en «{{value}}» tilhører noe annet enn en aktør i diagrammet.',
    },
  },
} as const;
