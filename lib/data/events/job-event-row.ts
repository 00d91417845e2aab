/** One entry of the ordered job event log (what live feeds receive and catch up on). */
export interface JobEventRow {
  id: number;
  jobId: string;
  teamId: string;
  userId: string;
  private: boolean;
}
