/** A member municipality of the board's region, as the variant tools need it. */
export interface Municipality {
  id: string;
  name: string;
}
