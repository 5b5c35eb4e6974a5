// What Set up tracker did, for its toast and the steps that add to it.
export interface AdoptedTab {
  tab: string;
  /** The sheet row of the student's header (1 unless a title sits above it). */
  headerRow: number;
  /** The student's headers the add-on reads and writes, and as which of its columns. */
  mapped: Array<{ header: string; column: string }>;
  /** The student's own headers, never read or written. */
  leftAlone: string[];
  /** Headers the add-on could have taken for one it rewrites ("Next Action"): left to the student, its own added beside. */
  shadowed: Array<{ header: string; own: string }>;
}

export interface SetupReport {
  created: string[];
  adopted: AdoptedTab[];
  addedColumns: Array<{ tab: string; headers: string[] }>;
  idsAssigned: number;
  /** Starter questions written to an empty Question Bank. */
  questionsSeeded: number;
  summary: string;
}
