/** The figures a `FigureTable` shows: its columns (the chart's series) and its rows (the chart's points). */
export interface FigureColumn {
  label: string;
  values: readonly (number | null)[];
  /** How a value is written in the table and on the chart. */
  write: (value: number) => string;
}

export interface FigureTableRow {
  /** Stable key (a day, an agent, a kind). */
  key: string;
  label: string;
}
