// What Set up tracker did, for its toast and the steps that add to it.
export interface SetupReport {
  created: string[];
  adopted: Array<{ tab: string; mapped: Array<{ header: string; column: string }> }>;
  addedColumns: Array<{ tab: string; headers: string[] }>;
  idsAssigned: number;
  /** Starter questions written to an empty Question Bank. */
  questionsSeeded: number;
  summary: string;
}
