import { install as installUrql } from '@urql/vue';
import { inject, type App, type InjectionKey } from 'vue';
import type { GraphqlConnection } from './connection';

export const graphqlConnectionKey: InjectionKey<GraphqlConnection> = Symbol('deskstream.graphql');

/** Makes the connection available to urql's composables and to stores (`useGraphqlConnection`). */
export function installGraphql(app: App, connection: GraphqlConnection): void {
  installUrql(app, connection.client);
  app.provide(graphqlConnectionKey, connection);
}

/** The app's GraphQL connection, inside a component's setup or a Pinia setup store. */
export function useGraphqlConnection(): GraphqlConnection {
  const connection = inject(graphqlConnectionKey, null);
  if (!connection) throw new Error('useGraphqlConnection() needs the app to call installGraphql()');
  return connection;
}
