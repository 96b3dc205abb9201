import base from "@atlas/eslint-config/base";

export default base;
