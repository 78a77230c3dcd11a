// The few members of the untyped `lunar-javascript` package (CommonJS) this library uses.
declare module 'lunar-javascript' {
  export class Solar {
    /** `YYYY-MM-DD`. */
    toYmd(): string;
  }

  export class Lunar {
    /** A lunar date; a negative month is the leap month of that number. Throws on bad input. */
    static fromYmd(lunarYear: number, lunarMonth: number, lunarDay: number): Lunar;
    getSolar(): Solar;
  }
}
