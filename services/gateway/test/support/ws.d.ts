// The part of `ws` (installed with mercurius) the live-updates tests use; it ships no types.
declare module 'ws' {
  class WebSocket {
    constructor(url: string, protocols?: string | string[]);
    on(event: 'open', listener: () => void): this;
    on(event: 'message', listener: (data: Buffer) => void): this;
    on(event: 'close', listener: (code: number) => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    send(data: string): void;
    close(): void;
  }
  export default WebSocket;
}
