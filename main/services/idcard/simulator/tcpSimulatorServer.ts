import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import type { SamSimulator } from './samSimulator';

export interface TcpSimulatorServer {
  port: number;
  /** Drops every client, like a network reader losing power. */
  dropClients(): void;
  close(): Promise<void>;
}

/** Serves a simulator over TCP, like a network reader. */
export async function serveSimulatorOverTcp(simulator: SamSimulator, port = 0, host = '127.0.0.1'): Promise<TcpSimulatorServer> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    const unsubscribe = simulator.onReply((bytes) => socket.write(bytes));
    socket.on('data', (chunk) => simulator.receive(chunk));
    socket.on('close', () => {
      unsubscribe();
      sockets.delete(socket);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const dropClients = (): void => {
    for (const s of sockets) s.destroy();
  };
  return {
    port: (server.address() as AddressInfo).port,
    dropClients,
    close: () =>
      new Promise((resolve) => {
        dropClients();
        server.close(() => resolve());
      }),
  };
}
