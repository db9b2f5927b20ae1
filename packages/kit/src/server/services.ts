import type { Core } from '@strapi/strapi';

/** A plugin's `services` object: a factory per name, as Strapi wants it. */
export type ServiceFactories = Record<string, (deps: { strapi: Core.Strapi }) => unknown>;

/** What each factory makes. */
export type ServicesOf<S extends ServiceFactories> = { [K in keyof S]: ReturnType<S[K]> };

/** The type of a plugin's `getService` (written out where it is declared: a plugin's services use it, so inferring it would be circular). */
export type ServiceGetter<S extends ServiceFactories> = <K extends keyof S & string>(strapi: Core.Strapi, name: K) => ServicesOf<S>[K];

/**
 * A typed `getService(strapi, name)` for one plugin's own services (kebab-case names, as Strapi's own
 * plugins do): `export const getService: ServiceGetter<typeof services> = serviceGetter(PLUGIN_ID)`. For another
 * plugin's services use its contract in the kit (see contracts/), never a cast.
 */
export const serviceGetter =
  <S extends ServiceFactories>(pluginId: string): ServiceGetter<S> =>
  (strapi, name) =>
    strapi.plugin(pluginId).service(name) as ServicesOf<S>[typeof name];

/**
 * `satisfies` at the type level: `type _ = Satisfies<typeof services, SomeContract>` fails the compile
 * when the services do not fit the contract. (The `satisfies` operator on the services object itself
 * would make its type depend on the services that call `getService`: a circular inference.)
 */
export type Satisfies<T extends U, U> = T;
