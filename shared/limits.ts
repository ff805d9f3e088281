/** Limits shared by forms in the web app and validation on the server. */
export const limits = {
  regionName: 120,
  regionDescription: 2000,
  municipalityName: 80,
  boardTitle: 200,
  templateTitle: 120,
  templateDescription: 600,
  displayName: 80,
  passwordMin: 10,
  passwordMax: 200,
  /** Largest JSON body the REST API accepts, in bytes. */
  jsonBody: 64 * 1024,
} as const;
