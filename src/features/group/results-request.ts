/** Router state that asks the results page to open one kept assignment. */
export interface ResultsRequest {
  assignmentId: string;
}

/** The assignment a link asked the results page to open, if the state is such a request. */
export function requestedAssignment(state: unknown): string | undefined {
  const id = (state as Partial<ResultsRequest> | null)?.assignmentId;
  return typeof id === 'string' ? id : undefined;
}
