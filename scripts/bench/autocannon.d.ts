/** The part of autocannon's API the API benchmark uses (the package ships no types). */
declare module 'autocannon' {
  namespace autocannon {
    interface Options {
      url: string;
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      connections?: number;
      amount?: number;
      duration?: number;
      pipelining?: number;
      timeout?: number;
      expectBody?: string;
      verifyBody?: (body: string) => boolean;
    }
    interface Result {
      errors: number;
      timeouts: number;
      non2xx: number;
      mismatches?: number;
      duration?: number;
    }
    interface Instance {
      on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
      stop(): void;
    }
  }
  function autocannon(options: autocannon.Options, callback: (err: Error | null, result: autocannon.Result) => void): autocannon.Instance;
  export default autocannon;
}
