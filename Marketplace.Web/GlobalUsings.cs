// The application layer's shared types (field errors, use-case results, labels) are used by every
// feature folder, the pages and the API alike.
global using Marketplace.Web.Application;
