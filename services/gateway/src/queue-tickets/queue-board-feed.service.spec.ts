import type { NatsConnection } from '@nats-io/transport-node';
import type { QueueBoard } from '@motcua/contracts';
import type { Naming, RpcClient, StreamProvisioner } from '@motcua/platform';
import { waitFor } from '@motcua/testing';
import { QueueBoardFeed } from './queue-board-feed.service';

const board = (servedToday: number) => ({ branchId: 'b1', servedToday }) as QueueBoard;

/** A feed whose board requests wait until the test answers them, in order. */
function feedWithPendingBoards() {
  const pending: ((b: QueueBoard) => void)[] = [];
  const request = jest.fn(() => new Promise<QueueBoard>((resolve) => pending.push(resolve)));
  const feed = new QueueBoardFeed(
    {} as Naming,
    {} as StreamProvisioner,
    { request } as unknown as RpcClient,
    {} as NatsConnection,
  );
  return { feed, request, pending };
}

describe(QueueBoardFeed.name, () => {
  describe('changed', () => {
    it('fetches nothing when nobody on this replica watches the branch', () => {
      const { feed, request } = feedWithPendingBoards();
      feed.listen('hanoi', 'b2');
      feed.changed('hanoi', 'b1');
      feed.changed('hcmc', 'b2');
      expect(request).not.toHaveBeenCalled();
    });

    it('fetches once for the watchers of a branch, and once more for changes meanwhile', async () => {
      const { feed, request, pending } = feedWithPendingBoards();
      const first = feed.listen('hanoi', 'b1');
      const second = feed.listen('hanoi', 'b1');
      feed.changed('hanoi', 'b1');
      feed.changed('hanoi', 'b1');
      feed.changed('hanoi', 'b1');
      expect(request).toHaveBeenCalledTimes(1);
      pending[0](board(1));
      await waitFor(() => pending.length === 2, { what: 'the one refetch' });
      pending[1](board(2));
      for (const stream of [first, second]) {
        expect((await stream.next()).value).toEqual(board(1));
        expect((await stream.next()).value).toEqual(board(2));
      }
      expect(request).toHaveBeenCalledTimes(2);
    });

    it('forgets a watcher whose subscription ended', () => {
      const { feed, request } = feedWithPendingBoards();
      const stream = feed.listen('hanoi', 'b1');
      expect(feed.listenerCount).toBe(1);
      void stream.return();
      expect(feed.listenerCount).toBe(0);
      feed.changed('hanoi', 'b1');
      expect(request).not.toHaveBeenCalled();
    });
  });
});
