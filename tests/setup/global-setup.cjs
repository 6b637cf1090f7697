// Dates and sorting must not depend on the machine's zone or locale.
module.exports = async () => {
	process.env.TZ = 'UTC';
	process.env.LANG = 'C.UTF-8';
	process.env.LC_ALL = 'C.UTF-8';
};
