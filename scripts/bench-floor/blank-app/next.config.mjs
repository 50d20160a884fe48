// The blank App Router app that bench:public-js builds as its floor: Next's defaults, nothing added.
const config = { poweredByHeader: false };
export default config;
