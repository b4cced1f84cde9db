/** The two SCORM versions the course speaks, and one data model element with its value. */
export type ScormVersion = '1.2' | '2004';

export type CmiValue = [element: string, value: string];
