/**
 * The plugin's clock: password ages and the account log ask it for `now`. Tests set it to a fixed
 * instant (or move it) instead of waiting; production never sets it.
 */
const clock = () => {
  let fixed: Date | null = null;
  return {
    now: (): Date => (fixed ? new Date(fixed.getTime()) : new Date()),
    set(instant: Date | null): void {
      fixed = instant ? new Date(instant.getTime()) : null;
    },
  };
};

export default clock;
export type ClockService = ReturnType<typeof clock>;
