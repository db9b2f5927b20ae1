import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::unit-group.unit-group');
