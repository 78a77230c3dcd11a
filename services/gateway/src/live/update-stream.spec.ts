import { UpdateStream } from './update-stream';

describe('UpdateStream', () => {
  it('hands values to a waiting reader, then buffers them in order', async () => {
    const stream = new UpdateStream<number>(() => undefined);
    const waiting = stream.next();
    stream.push(1);
    stream.push(2);
    stream.push(3);
    expect(await waiting).toEqual({ value: 1, done: false });
    expect(await stream.next()).toEqual({ value: 2, done: false });
    expect(await stream.next()).toEqual({ value: 3, done: false });
  });

  it('drops the oldest values of a reader that falls behind', async () => {
    const stream = new UpdateStream<number>(() => undefined, 2);
    [1, 2, 3].forEach((v) => stream.push(v));
    expect(await stream.next()).toEqual({ value: 2, done: false });
    expect(await stream.next()).toEqual({ value: 3, done: false });
  });

  it('ends a waiting reader on return() and runs onEnd once', async () => {
    const onEnd = jest.fn();
    const stream = new UpdateStream<number>(onEnd);
    const waiting = stream.next();
    await stream.return();
    await stream.return();
    stream.push(1);
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(onEnd).toHaveBeenCalledTimes(1);
  });
});
