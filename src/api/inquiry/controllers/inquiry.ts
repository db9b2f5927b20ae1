import { factories } from '@strapi/strapi';

// What the content API may set on an inquiry is the content-API boundary's rule (config/plugins.ts,
// responsibility.contentApi.submissions), applied in the Document Service for REST and GraphQL alike.
export default factories.createCoreController('api::inquiry.inquiry');
